package org.pathway.matching.domain;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.pathway.chassis.problem.FieldError;
import org.pathway.chassis.problem.Problem;
import org.pathway.matching.api.dto.ActivityRequest;
import org.pathway.matching.api.dto.ActivityValidator;

/** The site's activity catalogue: create, update, read, list. */
@ApplicationScoped
@Transactional
public class Activities {

    public record Listing(List<Activity> activities, long total) {
    }

    public Activity create(ActivityRequest request) {
        requireValid(request);
        Activity activity = Activity.create(request, null, Now.instant());
        activity.persist();
        return activity;
    }

    /** Locks the activity, so a capacity change is checked against the places actually taken. */
    public Activity update(UUID id, ActivityRequest request) {
        requireValid(request);
        Activity activity = Activity.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null) {
            throw notFound();
        }
        if (request.capacity() < activity.placesTaken) {
            throw Problem.conflict("The capacity cannot go below the " + activity.placesTaken + " places already taken.");
        }
        activity.apply(request, Now.instant());
        return activity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Activity get(UUID id) {
        Activity activity = Activity.findById(id);
        if (activity == null) {
            throw notFound();
        }
        return activity;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Listing list(Optional<String> category, Optional<Boolean> active, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters parameters = new Parameters();
        category.ifPresent(c -> {
            where.add("category = :category");
            parameters.and("category", c);
        });
        active.ifPresent(a -> {
            where.add("active = :active");
            parameters.and("active", a);
        });
        String query = String.join(" and ", where);
        var found = Activity.<Activity>find(query, Sort.by("name").and("id"), parameters).page(Page.of(page, size));
        return new Listing(found.list(), found.count());
    }

    static Problem notFound() {
        return Problem.notFound("No such activity at this site.");
    }

    private static void requireValid(ActivityRequest request) {
        List<FieldError> errors = ActivityValidator.validate(request);
        if (!errors.isEmpty()) {
            throw Problem.invalid(errors);
        }
    }
}

package org.pathway.reporting.domain.extract;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.pathway.chassis.time.PathwayClock;
import org.pathway.reporting.domain.cost.LinkWorkerRates;
import org.pathway.reporting.store.ExtractAuditStore;
import org.pathway.reporting.store.ExtractStore;
import org.pathway.reporting.store.ReportFilter;

/**
 * The participant-level extracts for the research team: read under study ids, and every download audited
 * in the same call that reads it, so that nothing is handed out unaudited.
 */
@ApplicationScoped
public class Extracts {

    private final ExtractStore store;
    private final ExtractAuditStore audit;
    private final StudyIds studyIds;
    private final LinkWorkerRates rates;
    private final PathwayClock clock;

    public Extracts(ExtractStore store, ExtractAuditStore audit, StudyIds studyIds, LinkWorkerRates rates,
                    PathwayClock clock) {
        this.store = store;
        this.audit = audit;
        this.studyIds = studyIds;
        this.rates = rates;
        this.clock = clock;
    }

    /** Who asks, for what, and in which format ({@code csv} or {@code jsonl}). */
    public record Request(ReportFilter filter, String downloadedBy, String format) {
    }

    /** Ordered by study id, which says nothing of the order participants were referred or pseudonymised in. */
    public List<ParticipantLine> participants(Request request) {
        List<ParticipantLine> lines = store.participants(request.filter(), studyIds::of, rates::hourlyPence).stream()
                .sorted(Comparator.comparing(ParticipantLine::studyId).thenComparing(ParticipantLine::site))
                .toList();
        return audited(request, ExtractDictionary.PARTICIPANTS, lines);
    }

    public List<MeasureLine> measures(Request request) {
        return audited(request, ExtractDictionary.MEASURES, store.measures(request.filter(), studyIds::of));
    }

    public List<SessionLine> sessions(Request request) {
        return audited(request, ExtractDictionary.SESSIONS, store.sessions(request.filter(), studyIds::of));
    }

    public List<DictionaryEntry> dictionary(Request request) {
        return audited(request, "dictionary", ExtractDictionary.entries());
    }

    public List<ExtractDownload> downloads() {
        return audit.downloads();
    }

    private <T> List<T> audited(Request request, String extract, List<T> lines) {
        ReportFilter filter = request.filter();
        audit.record(new ExtractDownload(clock.now(), request.downloadedBy(), extract, String.join("|", filter.sites()),
                filter.from(), filter.to(), request.format(), lines.size()));
        return lines;
    }
}

package org.pathway.chassis.tenancy;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The site the current unit of work belongs to, set explicitly where there is no HTTP request
 * (Kafka consumers, jobs that walk every site). Set it before the first entity access: the
 * Hibernate session picks its schema when it opens.
 */
@RequestScoped
public class SiteContext {

    private String siteId;

    public void set(String siteId) {
        if (this.siteId != null && !this.siteId.equals(siteId)) {
            throw new IllegalStateException("One site per unit of work");
        }
        this.siteId = siteId;
    }

    public Optional<String> siteId() {
        return Optional.ofNullable(siteId);
    }
}

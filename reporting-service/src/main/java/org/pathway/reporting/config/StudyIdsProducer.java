package org.pathway.reporting.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.pathway.reporting.domain.extract.StudyIds;

/** Study ids under the configured key. */
public class StudyIdsProducer {

    @Produces
    @Singleton
    StudyIds studyIds(ExtractsConfig config) {
        return new StudyIds(config.studyIdKey());
    }
}

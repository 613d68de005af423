package org.pathway.reporting.config;

import io.smallrye.config.ConfigMapping;

/** The extracts' settings. */
@ConfigMapping(prefix = "pathway.extracts")
public interface ExtractsConfig {

    /**
     * The key study ids are derived with (HMAC-SHA-256, at least 32 characters): held by the reporting service
     * only, from {@code PATHWAY_STUDY_ID_KEY}. Changing it changes every study id.
     */
    String studyIdKey();
}

package org.pathway.engagement.api.dto;

/** 201 body of {@code POST .../providers/{providerId}/credentials}: the new secret, shown this once. */
public record CredentialsResponse(String providerId, String secret) {

    /** Never print the secret: records would otherwise put it in logs and exception messages. */
    @Override
    public String toString() {
        return "CredentialsResponse[providerId=" + providerId + ", secret=***]";
    }
}

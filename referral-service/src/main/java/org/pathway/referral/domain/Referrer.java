package org.pathway.referral.domain;

/** Who referred: the trust's ODS organisation code and, until erasure, the clinician's name and email. */
public record Referrer(String organisationCode, String name, String email) {
}

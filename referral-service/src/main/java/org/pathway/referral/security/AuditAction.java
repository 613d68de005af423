package org.pathway.referral.security;

/** What was done to identifiable data; stored by name in the audit trail. */
public enum AuditAction {
    CREATE,
    READ,
    LIST,
    CONTACT,
    DECLINE,
    WITHDRAW,
    ERASE,
    CLOSE
}

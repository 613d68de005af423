package org.pathway.reporting.store;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.pathway.chassis.events.WithdrawalScope;

/** A withdrawal's scope as the {@code withdrawal.scope} column keeps it: its wire value. */
@Converter
class WithdrawalScopeColumn implements AttributeConverter<WithdrawalScope, String> {

    @Override
    public String convertToDatabaseColumn(WithdrawalScope scope) {
        return scope == null ? null : scope.wire();
    }

    @Override
    public WithdrawalScope convertToEntityAttribute(String wire) {
        return wire == null ? null : WithdrawalScope.fromWire(wire)
                .orElseThrow(() -> new IllegalStateException("withdrawal scope in the store is not a wire value"));
    }
}

package org.pathway.referral.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.pathway.chassis.events.Arm;

/** The {@code arm} column holds the arm's wire value ({@code pathway}, {@code comparison}), as events carry it. */
@Converter
public class ArmColumn implements AttributeConverter<Arm, String> {

    @Override
    public String convertToDatabaseColumn(Arm arm) {
        return arm == null ? null : arm.wire();
    }

    @Override
    public Arm convertToEntityAttribute(String column) {
        return column == null ? null : Arm.fromWire(column)
                .orElseThrow(() -> new IllegalStateException("stored arm is not pathway or comparison"));
    }
}

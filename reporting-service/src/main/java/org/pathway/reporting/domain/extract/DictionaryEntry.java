package org.pathway.reporting.domain.extract;

/**
 * One variable of an extract, as {@code GET /extracts/dictionary} describes it.
 *
 * @param extract {@code participants}, {@code measures} or {@code sessions}
 * @param type {@code text}, {@code integer}, {@code number} or {@code date} (ISO 8601, {@code yyyy-mm-dd})
 * @param unit the unit of a quantity; empty for none
 * @param allowedValues the values a coded variable takes, separated by {@code |}; empty when not coded
 * @param derivation where the value comes from and how it is worked out
 */
public record DictionaryEntry(String extract, String variable, String type, String unit, String allowedValues,
                              String derivation) {
}

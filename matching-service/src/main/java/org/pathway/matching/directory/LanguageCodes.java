package org.pathway.matching.directory;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * ISO 639-1 codes from what directories give: a code ({@code cy}, {@code cym}, {@code wel}) in
 * HSDS 3.0 {@code languages[].code}, or an English or native name ("Welsh", "Cymraeg") in
 * {@code languages[].name} / ORUK v1 {@code languages[].language}.
 */
final class LanguageCodes {

    private static final Map<String, String> BY_NAME_OR_CODE = build();

    private LanguageCodes() {
    }

    static Optional<String> of(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME_OR_CODE.get(codeOrName.trim().toLowerCase(Locale.ROOT)));
    }

    private static Map<String, String> build() {
        Map<String, String> m = new HashMap<>();
        for (String code : Locale.getISOLanguages()) {
            Locale locale = Locale.forLanguageTag(code);
            m.putIfAbsent(code, code);
            m.putIfAbsent(locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
            m.putIfAbsent(locale.getDisplayLanguage(locale).toLowerCase(Locale.ROOT), code);
            try {
                m.putIfAbsent(locale.getISO3Language(), code);
            } catch (MissingResourceException e) {
                // No three-letter form known to the JDK: the code and names still map.
            }
        }
        // ISO 639-2 bibliographic codes, which Locale does not know, for the languages UK
        // directories most often list.
        m.put("wel", "cy");
        m.put("ger", "de");
        m.put("fre", "fr");
        m.put("chi", "zh");
        m.put("per", "fa");
        m.put("alb", "sq");
        m.put("cze", "cs");
        m.put("gre", "el");
        return Map.copyOf(m);
    }
}

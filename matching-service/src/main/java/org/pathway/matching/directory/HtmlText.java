package org.pathway.matching.directory;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns directory HTML ("&lt;p&gt;Fun &amp;amp; games&lt;/p&gt;") into one line of plain text.
 * Not a sanitiser for rendering: the output is treated as text everywhere downstream.
 */
final class HtmlText {

    private static final Pattern SCRIPT_OR_STYLE =
            Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("pound", "£"), Map.entry("euro", "€"),
            Map.entry("copy", "©"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("rdquo", "”"),
            Map.entry("ldquo", "“"), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"),
            Map.entry("bull", "•"), Map.entry("middot", "·"));

    private HtmlText() {
    }

    static String toPlain(String html) {
        if (html == null) {
            return "";
        }
        String text = SCRIPT_OR_STYLE.matcher(html).replaceAll(" ");
        text = COMMENT.matcher(text).replaceAll(" ");
        // Tags become spaces so that "<p>a</p><p>b</p>" does not read "ab".
        text = TAG.matcher(text).replaceAll(" ");
        text = decodeEntities(text);
        return text.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String decode(String body, String whole) {
        if (body.startsWith("#")) {
            boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
            int codePoint = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : " ";
        }
        return NAMED.getOrDefault(body, whole);
    }
}

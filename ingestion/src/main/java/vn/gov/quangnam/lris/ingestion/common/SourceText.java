package vn.gov.quangnam.lris.ingestion.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as real sources send it: NFD or NFC Vietnamese, stray spaces, codes in any case. Names become trimmed NFC;
 * codes become trimmed, NFC and upper case, so {@code " 20335 "} and {@code "49-snv"} match the unit dimension.
 */
public final class SourceText {
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private SourceText() {
    }

    /** Trimmed NFC text with inner runs of white space folded to one space; null for null or blank. */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        if (isPlainAscii(value)) {
            return value.isEmpty() ? null : value;
        }
        if (hasSingleInnerSpaces(value) && Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            return value; // Vietnamese as most sources send it: nothing to fold, no copy made
        }
        String normalized = WHITE_SPACE.matcher(Normalizer.normalize(value, Normalizer.Form.NFC).strip()).replaceAll(" ");
        return normalized.isEmpty() ? null : normalized;
    }

    /**
     * Printable ASCII with single inner spaces and none at the ends: already what {@link #text} makes of it (most
     * codes and keys are), so it is returned as it is without normalising or matching.
     */
    private static boolean isPlainAscii(String value) {
        int length = value.length();
        for (int index = 0; index < length; index++) {
            char character = value.charAt(index);
            if (character == ' ') {
                if (index == 0 || index == length - 1 || value.charAt(index - 1) == ' ') {
                    return false;
                }
            } else if (character < '!' || character > '~') {
                return false;
            }
        }
        return true;
    }

    /** Non-empty, no white space but single inner spaces: what the folding in {@link #text} leaves unchanged. */
    private static boolean hasSingleInnerSpaces(String value) {
        int length = value.length();
        if (length == 0) {
            return false;
        }
        for (int index = 0; index < length; index++) {
            char character = value.charAt(index);
            if (Character.isWhitespace(character) || Character.isSpaceChar(character)) {
                if (character != ' ' || index == 0 || index == length - 1 || value.charAt(index - 1) == ' ') {
                    return false;
                }
            }
        }
        return true;
    }

    /** A code: like {@link #text} and upper case. */
    public static String code(String value) {
        String text = text(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** Lower case without diacritics, for matching spreadsheet headers written with or without them. */
    public static String folded(String value) {
        String text = text(value);
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}

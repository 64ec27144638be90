package org.talkskg.cli;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A size in bytes, plain ({@code 1048576}) or with a unit, decimal or binary, in any case: {@code 50MB}, {@code 64MiB}. */
final class ByteSizeConverter implements ITypeConverter<Long> {

    private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*([a-z]*)");

    private static final Map<String, Long> UNITS = Map.of(
            "", 1L, "b", 1L,
            "kb", 1000L, "mb", 1000L * 1000, "gb", 1000L * 1000 * 1000,
            "kib", 1024L, "mib", 1024L * 1024, "gib", 1024L * 1024 * 1024);

    @Override
    public Long convert(String value) {
        Matcher matcher = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
        Long unit = matcher.matches() ? UNITS.get(matcher.group(2)) : null;
        if (unit == null) {
            throw new TypeConversionException("'" + value + "' is not a size: give bytes, or a number with KB, MB, GB, KiB, MiB or GiB, such as 64MiB");
        }
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(matcher.group(1)), unit);
        } catch (ArithmeticException e) {
            throw new TypeConversionException("'" + value + "' is too large a size");
        }
        if (bytes < 1) {
            throw new TypeConversionException("a size must be at least 1 byte, not '" + value + "'");
        }
        return bytes;
    }
}

package org.talkskg.cli;

import java.util.Arrays;
import java.util.Locale;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Accepts, in any case, the lower-case names the help shows for an enum whose {@code toString} is
 * that name (picocli's own enum conversion would list TABLE, CSV, ...).
 */
abstract class LowerCaseNameConverter<E extends Enum<E>> implements ITypeConverter<E> {

    private final Class<E> type;

    LowerCaseNameConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public E convert(String value) {
        String name = value.toLowerCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.toString().equals(name))
                .findFirst()
                .orElseThrow(() -> new TypeConversionException(
                        "expected one of " + Arrays.toString(type.getEnumConstants()) + " but was '" + value + "'"));
    }
}

package org.talkskg.queries;

import java.util.Objects;
import java.util.Optional;

/**
 * A parameter a saved query declares in its header, such as
 * {@code # parameters: entity - the entity to look for (default tkd:volodymyr-zelensky)}.
 * The query uses it as the variable of the same name ({@code ?entity}).
 *
 * @param name         the name given with {@code --param NAME=VALUE}, also the query variable
 * @param meaning      what the value stands for, in words, without the default
 * @param defaultValue the value used when none is given; empty for a required parameter
 */
public record QueryParameter(String name, String meaning, Optional<String> defaultValue) {

    public QueryParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(meaning, "meaning");
        Objects.requireNonNull(defaultValue, "defaultValue");
    }

    public boolean required() {
        return defaultValue.isEmpty();
    }

    /** As the header declares it: {@code entity - the entity to look for (default tkd:volodymyr-zelensky)}. */
    public String describe() {
        return name + " - " + meaning + defaultValue.map(value -> " (default " + value + ")").orElse(" (required)");
    }
}

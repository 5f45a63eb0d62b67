package io.diameterharness.standalone.json;

import io.diameterharness.dictionary.AvpKey;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The names JSON rules and the admin API may use: AVPs (with their types and enumerated values),
 * commands and applications. Lookups ignore case. Implemented over the dictionary the process was
 * started with, so AVPs loaded with {@code --dictionary} are known by name too.
 */
public interface Vocabulary {

    /** The AVP with this name, e.g. {@code Subscription-Id-Data}. */
    Optional<AvpKey<?>> avp(String name);

    /** The AVP with this code and vendor. */
    Optional<AvpKey<?>> avp(int code, int vendorId);

    /** Every AVP name, for "closest known names" suggestions. */
    Collection<String> avpNames();

    /** The value of an Enumerated AVP's label, e.g. {@code INITIAL_REQUEST} for CC-Request-Type. */
    OptionalInt enumValue(AvpKey<?> avp, String label);

    /** The label of an Enumerated AVP's value, when the dictionary names it. */
    Optional<String> enumLabel(AvpKey<?> avp, int value);

    /**
     * The command code of a command name: the short name ({@code CCR}, {@code CCA}), the full name
     * ({@code Credit-Control-Request}) or the command's name ({@code Credit-Control}).
     */
    OptionalInt commandCode(String name);

    /**
     * Whether a command name names the request ({@code CCR}, {@code Credit-Control-Request}: true),
     * the answer ({@code CCA}: false), or both ({@code Credit-Control}: empty).
     */
    Optional<Boolean> commandIsRequest(String name);

    /** Every command name, for suggestions. */
    Collection<String> commandNames();

    /** A display name of a command, e.g. {@code CCR} / {@code CCA}, or {@code null} when unknown. */
    String commandShortName(int commandCode, boolean request);

    /** The Application-Id of an application name, e.g. {@code Credit-Control} gives 4. */
    OptionalLong applicationId(String name);

    /** Every application name, for suggestions. */
    Collection<String> applicationNames();
}

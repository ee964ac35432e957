package org.parallax.fetch;

import java.net.InetAddress;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which addresses Parallax connects to. Public addresses always; others only when allowed, so
 * that a feed or a redirect cannot make Parallax reach into the network it runs in (routers,
 * cloud metadata services, the database, itself).
 */
public record AddressPolicy(Set<AddressClass> allowed) {
    public AddressPolicy {
        EnumSet<AddressClass> classes = EnumSet.of(AddressClass.PUBLIC);
        classes.addAll(allowed);
        allowed = Set.copyOf(classes);
    }

    /** The default: public addresses only. */
    public static AddressPolicy publicOnly() {
        return new AddressPolicy(Set.of());
    }

    /** Public addresses and these classes too (tests allow LOOPBACK). */
    public static AddressPolicy allowing(AddressClass... classes) {
        return new AddressPolicy(Set.of(classes));
    }

    /** Why Parallax must not connect to this address, or empty when it may. */
    public Optional<String> refusal(String host, InetAddress address) {
        AddressClass kind = AddressClass.of(address);
        if (allowed.contains(kind)) {
            return Optional.empty();
        }
        return Optional.of("host " + host + " resolves to a " + kind.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + " address (" + address.getHostAddress() + "), which is not allowed");
    }
}

package org.parallax.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Resolves host names to addresses, so that they can be checked before connecting. The JVM
 * caches successful look-ups (30 s by default), so the HTTP client's own look-up right after
 * this one returns the same addresses.
 */
@FunctionalInterface
public interface HostResolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;

    static HostResolver system() {
        return host -> List.of(InetAddress.getAllByName(host));
    }
}

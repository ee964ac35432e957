package org.parallax.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** What kind of network an IP address belongs to, for deciding whether Parallax may connect to it. */
public enum AddressClass {
    /** Routable on the internet. */
    PUBLIC,
    /** 127.0.0.0/8, ::1. */
    LOOPBACK,
    /** 10/8, 172.16/12, 192.168/16, 100.64/10 (carrier-grade NAT), fc00::/7 (unique local), fec0::/10. */
    PRIVATE,
    /** 169.254/16 (where cloud metadata services live), fe80::/10. */
    LINK_LOCAL,
    /** 224/4, ff00::/8. */
    MULTICAST,
    /** 0.0.0.0/8, ::, documentation and benchmark ranges, 240/4, broadcast. */
    RESERVED;

    public static AddressClass of(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            return ofIpv6(v6.getAddress());
        }
        return ofIpv4(address.getAddress());
    }

    private static AddressClass ofIpv4(byte[] ip) {
        int a = ip[0] & 0xFF;
        int b = ip[1] & 0xFF;
        int c = ip[2] & 0xFF;
        if (a == 127) {
            return LOOPBACK;
        }
        if (a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168) || (a == 100 && b >= 64 && b <= 127)) {
            return PRIVATE;
        }
        if (a == 169 && b == 254) {
            return LINK_LOCAL;
        }
        if (a >= 224 && a <= 239) {
            return MULTICAST;
        }
        if (a == 0 || a >= 240 || (a == 192 && b == 0 && (c == 0 || c == 2)) || (a == 198 && (b == 18 || b == 19))
                || (a == 198 && b == 51 && c == 100) || (a == 203 && b == 0 && c == 113)) {
            return RESERVED;
        }
        return PUBLIC;
    }

    private static AddressClass ofIpv6(byte[] ip) {
        boolean zeroPrefix = true;
        for (int i = 0; i < 10; i++) {
            zeroPrefix &= ip[i] == 0;
        }
        // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible) reach the IPv4 address.
        if (zeroPrefix && ((ip[10] == (byte) 0xFF && ip[11] == (byte) 0xFF) || (ip[10] == 0 && ip[11] == 0))) {
            boolean low = ip[12] == 0 && ip[13] == 0 && ip[14] == 0;
            if (ip[10] == 0 && low && (ip[15] == 0 || ip[15] == 1)) {
                return ip[15] == 1 ? LOOPBACK : RESERVED; // ::1 and ::
            }
            return ofIpv4(new byte[] {ip[12], ip[13], ip[14], ip[15]});
        }
        int first = ip[0] & 0xFF;
        int second = ip[1] & 0xFF;
        // 64:ff9b::/96 (NAT64) and 2002::/16 (6to4) embed an IPv4 address too.
        if (first == 0x00 && second == 0x64 && (ip[2] & 0xFF) == 0xFF && (ip[3] & 0xFF) == 0x9B) {
            return ofIpv4(new byte[] {ip[12], ip[13], ip[14], ip[15]});
        }
        if (first == 0x20 && second == 0x02) {
            return ofIpv4(new byte[] {ip[2], ip[3], ip[4], ip[5]});
        }
        if (first == 0xFF) {
            return MULTICAST;
        }
        if (first == 0xFE && (second & 0xC0) == 0x80) {
            return LINK_LOCAL;
        }
        if ((first & 0xFE) == 0xFC || (first == 0xFE && (second & 0xC0) == 0xC0)) {
            return PRIVATE;
        }
        if (first == 0x20 && second == 0x01 && (ip[2] & 0xFF) == 0x0D && (ip[3] & 0xFF) == 0xB8) {
            return RESERVED; // 2001:db8::/32, documentation
        }
        return PUBLIC;
    }
}

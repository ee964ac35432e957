package org.parallax.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressClassTest {

    @ParameterizedTest
    @CsvSource({
            "93.184.216.34, PUBLIC", "8.8.8.8, PUBLIC", "2a00:1450:4001:80b::200e, PUBLIC",
            "127.0.0.1, LOOPBACK", "127.45.0.9, LOOPBACK", "::1, LOOPBACK", "::ffff:127.0.0.1, LOOPBACK",
            "10.0.0.1, PRIVATE", "172.16.5.4, PRIVATE", "172.31.255.255, PRIVATE", "172.32.0.1, PUBLIC",
            "192.168.1.1, PRIVATE", "100.64.0.1, PRIVATE", "fd12:3456::1, PRIVATE", "fc00::1, PRIVATE",
            "fec0::1, PRIVATE", "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL", "febf::1, LINK_LOCAL",
            "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST", "ff02::1, MULTICAST",
            "0.0.0.0, RESERVED", "::, RESERVED", "255.255.255.255, RESERVED", "240.0.0.1, RESERVED",
            "192.0.2.10, RESERVED", "2001:db8::1, RESERVED",
            "64:ff9b::a00:1, PRIVATE", "2002:a9fe:a9fe::1, LINK_LOCAL", "::ffff:10.0.0.1, PRIVATE"})
    void classifiesAddresses(String address, AddressClass expected) throws UnknownHostException {
        assertThat(AddressClass.of(InetAddress.getByName(address))).isEqualTo(expected);
    }
}

package org.parallax.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parallax.core.model.Outlet;

class WireServicesTest {

    @Test
    void bylinesCreditingAWireServiceAreItsCopy() {
        assertThat(WireServices.ofByline("By Zeke Miller and Aamer Madhani, Associated Press"))
                .map(WireServices.Wire::name).contains("AP");
        assertThat(WireServices.ofByline("By JILL LAWLESS AP")).map(WireServices.Wire::name).contains("AP");
        assertThat(WireServices.ofByline("Reuters Staff")).map(WireServices.Wire::name).contains("Reuters");
        assertThat(WireServices.ofByline("Australian Associated Press")).map(WireServices.Wire::name).contains("AAP");
        assertThat(WireServices.ofByline("By Marc Burleigh with AFP")).map(WireServices.Wire::name).contains("AFP");
    }

    @Test
    void ordinaryBylinesAndLookalikeWordsAreNotWireCopy() {
        assertThat(WireServices.ofByline("By Jane Roe")).isEmpty();
        assertThat(WireServices.ofByline("By Rap Correspondent")).isEmpty();
        assertThat(WireServices.ofByline("By Sam Apple")).isEmpty();
        assertThat(WireServices.ofByline("By the press office")).isEmpty();
        assertThat(WireServices.ofByline(null)).isEmpty();
    }

    @Test
    void wireOutletsAreKnownByDomainOrName() {
        assertThat(WireServices.ofOutlet(outlet("Reuters", "reuters.com"))).map(WireServices.Wire::name)
                .contains("Reuters");
        assertThat(WireServices.ofOutlet(outlet("The Associated Press", null))).map(WireServices.Wire::name)
                .contains("AP");
        assertThat(WireServices.ofOutlet(outlet("Reuters UK", "uk.reuters.com"))).map(WireServices.Wire::name)
                .contains("Reuters");
        assertThat(WireServices.ofOutlet(outlet("Daily Reuters Fan Page", "fans.example"))).isEmpty();
        assertThat(WireServices.ofOutlet(outlet("The Daily Wire", "dailywire.com"))).isEmpty();
    }

    private static Outlet outlet(String name, String domain) {
        return new Outlet(7, name, domain, null, null, null, List.of());
    }
}

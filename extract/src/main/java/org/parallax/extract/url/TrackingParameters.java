package org.parallax.extract.url;

import java.util.Locale;
import java.util.Set;

/** Query parameters that say how a reader arrived, not which page they read. */
final class TrackingParameters {
    private static final Set<String> NAMES = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid", "igshid", "wbraid", "gbraid",
            "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl", "_hsenc", "_hsmi",
            "ref", "ref_src", "ref_url", "referrer", "cmpid", "cmp", "ncid", "ocid", "smid", "smtyp",
            "sr_share", "srnd", "xtor", "at_medium", "at_campaign", "wt.mc_id", "s_cid", "soc_src",
            "soc_trk", "guccounter", "guce_referrer", "guce_referrer_sig", "itm_source", "itm_medium",
            "itm_campaign", "itm_content");

    private TrackingParameters() {
    }

    static boolean isTracking(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        return key.startsWith("utm_") || NAMES.contains(key);
    }
}

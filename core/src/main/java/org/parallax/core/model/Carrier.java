package org.parallax.core.model;

/**
 * Another outlet that ran the same piece of writing (wire copy, a syndicated article): its name and
 * the address where it ran it.
 */
public record Carrier(long outletId, String outletName, String url) {
}

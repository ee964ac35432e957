package org.parallax.store.testing;

/** The databases repository tests run on. */
public enum DatabaseKind {
    H2, POSTGRES
}

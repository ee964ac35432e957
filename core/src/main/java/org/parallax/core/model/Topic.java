package org.parallax.core.model;

/** The fixed taxonomy a story is filed under. Documented for readers in the README. */
public enum Topic {
    POLITICS("Politics"),
    WORLD("World"),
    BUSINESS("Business"),
    TECHNOLOGY("Technology"),
    SCIENCE("Science"),
    HEALTH("Health"),
    CLIMATE("Climate & environment"),
    SPORTS("Sports"),
    CULTURE("Culture"),
    CRIME("Crime & justice"),
    GENERAL("General");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.handout.model;

/** {@code credentials} and {@code affiliation} may be null. */
public record Author(String name, String credentials, String affiliation) {
    public String displayName() {
        return credentials == null ? name : name + ", " + credentials;
    }

    /** The name with credentials, and the affiliation in brackets: what a byline says of the author. */
    public String byline() {
        return affiliation == null ? displayName() : displayName() + " (" + affiliation + ")";
    }
}

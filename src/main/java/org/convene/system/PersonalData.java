package org.convene.system;

/**
 * What a feature stores about a person, besides the person's node and the relationships on it:
 * a feature that keeps such data (engagement records, interests, ratings, follow-ups) registers a
 * bean of this type, and a person's complete removal ({@code DELETE /api/people/{id}}) calls
 * every one. Relationships on the person's node go with the node; what this removes is anything
 * that would outlive it, such as a node that only that person's relationship points to. Audit
 * entries need nothing here: those that mention the person are redacted by the removal.
 */
public interface PersonalData {

    /**
     * Removes everything this feature stores about the person. Runs inside the removal's
     * transaction, before the person's node is deleted, so a failure removes nothing.
     */
    void remove(String personId);
}

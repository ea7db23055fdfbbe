package org.convene.network;

import java.util.Objects;

/**
 * Published inside the writing transaction by {@link GraphVersion#bump(NetworkChange)}: the graph
 * version the write raised the store to, and what it changed. Listen with
 * {@code @TransactionalEventListener} to act only on writes that commit.
 */
public record NetworkChanged(long version, NetworkChange change) {

    public NetworkChanged {
        Objects.requireNonNull(change, "change");
    }
}

package app.skillpath.base.limit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** {@link AddressUses} in memory, for tests of the limits' rules without a database (one thread at a time). */
public final class MemoryAddressUses implements AddressUses {

    private record Use(String limit, String client, Instant at) {
    }

    private final List<Use> uses = new ArrayList<>();

    @Override
    public synchronized List<Instant> lockAndList(String limit, String client, Instant after) {
        return uses.stream().filter(use -> use.limit().equals(limit) && use.client().equals(client) && use.at().isAfter(after))
                .map(Use::at).sorted(Comparator.naturalOrder()).toList();
    }

    @Override
    public synchronized void add(String limit, String client, Instant at) {
        uses.add(new Use(limit, client, at));
    }

    @Override
    public synchronized void removeLatest(String limit, String client) {
        for (int i = uses.size() - 1; i >= 0; i--) {
            if (uses.get(i).limit().equals(limit) && uses.get(i).client().equals(client)) {
                uses.remove(i);
                return;
            }
        }
    }

    @Override
    public synchronized void purge(String limit, Instant atOrBefore) {
        uses.removeIf(use -> use.limit().equals(limit) && !use.at().isAfter(atOrBefore));
    }

    /** How many uses are kept, for the tests that the store stays bounded. */
    public synchronized int size() {
        return uses.size();
    }
}

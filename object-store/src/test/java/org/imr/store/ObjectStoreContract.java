package org.imr.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** What every object store does, whatever keeps the objects. */
abstract class ObjectStoreContract {

    /** A store over the same objects each time it is called (another instance of a service). */
    abstract ObjectStore store();

    @Test
    void ofManyWritersCreatingTheSameKeyExactlyOneSucceedsAndItsContentStays() {
        List<CompletableFuture<Boolean>> writers = IntStream.range(0, 16)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> store().createIfAbsent("case/v1.source", bytes("writer " + i))))
                .toList();

        assertThat(writers.stream().filter(CompletableFuture::join).count()).isEqualTo(1);
        assertThat(store().list("case")).containsExactly("v1.source");
        assertThat(new String(store().get("case/v1.source").orElseThrow(), StandardCharsets.UTF_8)).startsWith("writer ");
    }

    @Test
    void putReplacesAndGetAndListSeeWholeObjectsDirectlyInTheFolder() {
        ObjectStore store = store();
        store.put("case/v1.txt", bytes("first"));
        store.put("case/v1.txt", bytes("second"));
        store.put("case/v2.txt", bytes("next"));
        store.put("case-2/v1.txt", bytes("another case"));

        assertThat(store.get("case/v1.txt")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("second")));
        assertThat(store.get("case/v3.txt")).isEmpty();
        assertThat(store.list("case")).containsExactlyInAnyOrder("v1.txt", "v2.txt");
        assertThat(store.list("no-such-folder")).isEmpty();
    }

    @Test
    void anEmptyObjectIsKeptInANewFolderAndReplacesContent() {
        ObjectStore store = store();
        store.put("marked/v1.published", new byte[0]);
        store.put("case/v1.txt", bytes("content"));
        store.put("case/v1.txt", new byte[0]);

        assertThat(store.get("marked/v1.published")).hasValueSatisfying(b -> assertThat(b).isEmpty());
        assertThat(store.get("case/v1.txt")).hasValueSatisfying(b -> assertThat(b).isEmpty());
        assertThat(store.list("marked")).containsExactly("v1.published");
    }

    @Test
    void refusesKeysThatLeaveTheFolder() {
        ObjectStore store = store();

        for (String key : List.of("../etc/passwd", "case/../../x", "/absolute", "case//v1", "", "a b", "..", "case/.")) {
            assertThatIllegalArgumentException().as(key).isThrownBy(() -> store.put(key, bytes("x")));
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

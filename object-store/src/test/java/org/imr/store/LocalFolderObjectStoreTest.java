package org.imr.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

class LocalFolderObjectStoreTest extends ObjectStoreContract {

    @TempDir
    Path root;

    @Override
    ObjectStore store() {
        return new LocalFolderObjectStore(root);
    }
}

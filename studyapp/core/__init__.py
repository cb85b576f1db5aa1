"""The Qt-free core: reading, repairing and parsing notes, storage, scheduling."""

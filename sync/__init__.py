"""USB sync between hamlet point, village, township and county (issue 5).

- ``tables``   which tables travel, how each row finds its partition
- ``identity`` this desk's instance id, counters and keys
- ``crypto``   signing, encryption and key derivation (the ``cryptography`` package)
- ``package``  the one-file package on the stick: write atomically, open and verify
- ``pairing``  a parent desk sets up a child once; the child joins from the stick
- ``store``    local changes into versioned records, and the merge of two versions
- ``engine``   export for a peer, preview and import a package, the trip history
- ``drives``   which mounted volumes are USB sticks, the package files on them
- ``jobs``     what a package's header says; the sync screen's jobs (export,
               preview, import, pair, join), run in its worker thread

No Qt here: the GUI (ui/sync_page.py) and the command line (commands/sync.py)
both call ``engine`` and ``pairing``; the GUI through ``jobs`` and ``drives``.
"""

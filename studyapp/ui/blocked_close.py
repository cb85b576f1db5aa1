"""The window's close button while a window-modal dialog blocks the window (X11).

Qt drops the window manager's close request (WM_DELETE_WINDOW) for a window that a
modal dialog blocks: during an import, with its progress dialog up, the main window's
close button did nothing and said nothing, while Ctrl+Q asked whether to cancel the
import and quit. `BlockedClose` sees that request before Qt drops it and hands it on
(`on_close`: the window's Quit, which asks), so the close button and Ctrl+Q ask the
same question.

Only X11 needs it: there the window manager draws the title bar and knows nothing of
Qt's modality. Windows disables a blocked window's close button (a click flashes the
dialog), and macOS greys it, so the person is told there.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import struct
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QTimer

XCB_EVENT = b"xcb_generic_event_t"
XCB_CLIENT_MESSAGE = 33
CLIENT_MESSAGE = struct.Struct("=BBHIII")  # type, format, sequence, window, type, data[0]


@functools.cache
def delete_window_atom() -> int | None:
    """The X server's WM_DELETE_WINDOW atom (one per server: asked on a connection of
    our own), None without libxcb or a display."""
    name = ctypes.util.find_library("xcb")
    if name is None:
        return None
    with contextlib.suppress(OSError):
        xcb = ctypes.CDLL(name)

        class Cookie(ctypes.Structure):
            _fields_ = [("sequence", ctypes.c_uint)]

        class Reply(ctypes.Structure):
            _fields_ = [
                ("response_type", ctypes.c_uint8),
                ("pad0", ctypes.c_uint8),
                ("sequence", ctypes.c_uint16),
                ("length", ctypes.c_uint32),
                ("atom", ctypes.c_uint32),
            ]

        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_intern_atom.restype = Cookie
        xcb.xcb_intern_atom.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16]
        xcb.xcb_intern_atom.argtypes += [ctypes.c_char_p]
        xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(Reply)
        xcb.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, Cookie, ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        connection = xcb.xcb_connect(None, None)
        try:
            if not connection or xcb.xcb_connection_has_error(connection):
                return None
            cookie = xcb.xcb_intern_atom(connection, 0, 16, b"WM_DELETE_WINDOW")
            reply = xcb.xcb_intern_atom_reply(connection, cookie, None)
            if not reply:
                return None
            atom = int(reply.contents.atom)
            ctypes.CDLL(None).free(ctypes.cast(reply, ctypes.c_void_p))
            return atom
        finally:
            if connection:
                xcb.xcb_disconnect(connection)
    return None


class BlockedClose(QAbstractNativeEventFilter):
    """Installed while a dialog blocks the window `window_id` names: its close request
    goes to `on_close` (on the next turn of the event loop, not inside Qt's native
    dispatch) instead of being dropped."""

    def __init__(
        self,
        window_id: Callable[[], int],
        on_close: Callable[[], object],
    ) -> None:
        super().__init__()
        self._window_id = window_id
        self._on_close = on_close

    def nativeEventFilter(self, event_type: object, message: object) -> tuple[bool, int]:
        # (`message` is a shiboken VoidPtr: its truth is its size, unknown here, not
        # whether it points anywhere)
        address = int(message)  # type: ignore[call-overload]
        if bytes(event_type) != XCB_EVENT or not address:  # type: ignore[call-overload]
            return False, 0
        raw = ctypes.string_at(address, CLIENT_MESSAGE.size)
        kind, form, _seq, window, _type, protocol = CLIENT_MESSAGE.unpack(raw)
        if kind & 0x7F != XCB_CLIENT_MESSAGE or form != 32:
            return False, 0
        try:
            ours = self._window_id()
        except RuntimeError:  # its window deleted meanwhile: nothing left to hear for
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self)
            return False, 0
        if window != ours:
            return False, 0
        atom = delete_window_atom()
        if atom is None or protocol != atom:
            return False, 0  # a ping, a sync request: Qt's own
        QTimer.singleShot(0, self._on_close)
        return True, 0

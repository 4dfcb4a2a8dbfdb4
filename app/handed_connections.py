"""A worker of `app.server`: uvicorn's `Server` serving the connections its supervisor accepted
and hands over a Unix socket (SCM_RIGHTS), instead of accepting on a listening socket itself.

Each connection then runs exactly as one uvicorn accepted: the same protocol class, state and
shutdown (uvicorn waits for the open connections when it stops)."""

import asyncio
import socket

import uvicorn

MAX_HANDED = 64  # descriptors read at once


class HandedConnectionsServer(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, channel: socket.socket, ready_word: bytes):
        super().__init__(config)
        self.channel = channel
        self.ready_word = ready_word  # sent on `channel` once serving
        self.protocol_factory = None
        self.opening: set[asyncio.Task] = set()  # held until done: the loop keeps weak references

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=[])  # no listening socket: connections come handed
        if not self.started:
            return
        config = self.config

        def create_protocol(_loop: asyncio.AbstractEventLoop | None = None) -> asyncio.Protocol:
            # As uvicorn's `startup` builds it for its own listening sockets.
            return config.http_protocol_class(  # type: ignore[call-arg]
                config=config, server_state=self.server_state, app_state=self.lifespan.state, _loop=_loop
            )

        self.protocol_factory = create_protocol
        self.channel.setblocking(False)
        loop = asyncio.get_running_loop()
        loop.add_reader(self.channel.fileno(), self._take_connections, loop)
        self.channel.send(self.ready_word)

    def _take_connections(self, loop: asyncio.AbstractEventLoop) -> None:
        try:
            data, fds, _flags, _address = socket.recv_fds(self.channel, MAX_HANDED, MAX_HANDED)
        except (BlockingIOError, InterruptedError):
            return
        except OSError:
            data, fds = b"", []
        if not data and not fds:  # the supervisor is gone: nothing more will come
            loop.remove_reader(self.channel.fileno())
            self.should_exit = True
            return
        for fd in fds:
            connection = socket.socket(fileno=fd)
            if self.should_exit:
                connection.close()
                continue
            connection.setblocking(False)
            task = loop.create_task(loop.connect_accepted_socket(self.protocol_factory, connection))
            self.opening.add(task)
            task.add_done_callback(self._opened)

    def _opened(self, task: asyncio.Task) -> None:
        self.opening.discard(task)
        if not task.cancelled():
            task.exception()  # retrieved: a client gone before its connection was set up is no error

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        if self.protocol_factory is not None:
            asyncio.get_running_loop().remove_reader(self.channel.fileno())  # take no more
        await super().shutdown(sockets=sockets)

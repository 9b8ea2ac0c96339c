class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUTrackCache:
    """The textbook hash map + doubly linked list (CLRS 10.2 list with sentinels),
    nodes with __slots__."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.nodes = {}
        self.head, self.tail = _Node(), _Node()  # head.next: most recent
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, track_id):
        node = self.nodes.get(track_id)
        if node is None:
            return None
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, track_id, audio):
        node = self.nodes.get(track_id)
        if node is not None:
            node.value = audio
            self._unlink(node)
        else:
            if len(self.nodes) >= self.capacity:
                oldest = self.tail.prev
                self._unlink(oldest)
                del self.nodes[oldest.key]
            node = self.nodes[track_id] = _Node(track_id, audio)
        self._push_front(node)

    def __len__(self):
        return len(self.nodes)

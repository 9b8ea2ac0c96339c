class Node:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class DoublyLinkedList:
    """Sentinel-bounded list: most recent after head, least recent before tail."""

    def __init__(self):
        self.head = Node(None, None)
        self.tail = Node(None, None)
        self.head.next = self.tail
        self.tail.prev = self.head

    def add_to_front(self, node):
        node.prev = self.head
        node.next = self.head.next
        self.head.next.prev = node
        self.head.next = node

    def remove(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def move_to_front(self, node):
        self.remove(node)
        self.add_to_front(node)

    def pop_back(self):
        node = self.tail.prev
        self.remove(node)
        return node


class LRUTrackCache:
    """The textbook hash map + doubly linked list (LeetCode 146's editorial
    structure), with the list as its own class of small methods."""

    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.map = {}
        self.list = DoublyLinkedList()

    def get(self, track_id):
        if track_id not in self.map:
            return None
        node = self.map[track_id]
        self.list.move_to_front(node)
        return node.value

    def put(self, track_id, audio):
        if track_id in self.map:
            node = self.map[track_id]
            node.value = audio
            self.list.move_to_front(node)
            return
        if len(self.map) == self.capacity:
            oldest = self.list.pop_back()
            del self.map[oldest.key]
        node = Node(track_id, audio)
        self.map[track_id] = node
        self.list.add_to_front(node)

    def __len__(self):
        return len(self.map)

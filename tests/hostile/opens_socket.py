"""Expected: Runtime Error where the network is confined (connects over TCP and sends
UDP to this machine; both are refused)."""
import socket


def most_played_track(plays):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        udp.sendto(b"plays", ("127.0.0.1", 9))
    socket.create_connection(("127.0.0.1", 22), timeout=1).close()
    return plays[0]

"""Which network addresses the bot may fetch from: public ones only, unless the operator allows more.

A page address given by a server's admin must not make the bot reach into the machine it runs on or
its private network (server-side request forgery). Every address a host name resolves to is checked
where it is connected to (see `fetch.CheckedResolver`), and so is every address written as a literal.

`ELECTION_BOT_ALLOW_PRIVATE_URLS=1` allows every address; a list of networks
(`ELECTION_BOT_ALLOW_PRIVATE_URLS=127.0.0.0/8,::1/128`) allows those networks only.
"""
from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
ENV_ALLOW = "ELECTION_BOT_ALLOW_PRIVATE_URLS"
_YES = frozenset({"1", "true", "yes", "on", "all"})


def kind_of_address(address: IPAddress) -> str | None:
    """Why `address` is not a public address ("a loopback address", …), or None when it is public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return kind_of_address(address.ipv4_mapped)
    checks = (("a loopback address", address.is_loopback), ("a link-local address", address.is_link_local),
              ("a multicast address", address.is_multicast), ("an unspecified address", address.is_unspecified),
              ("a reserved address", address.is_reserved), ("a private address", address.is_private),
              ("a non-public address", not address.is_global))
    return next((reason for reason, applies in checks if applies), None)


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Public addresses always; non-public ones when `allow_all` or inside one of `allowed` networks."""

    allow_all: bool = False
    allowed: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> AddressPolicy:
        return cls.parse((os.environ if environ is None else environ).get(ENV_ALLOW, ""))

    @classmethod
    def parse(cls, text: str) -> AddressPolicy:
        """"1" (or true/yes) allows all; a comma-separated list of networks allows those; "" none."""
        text = text.strip()
        if text.lower() in _YES:
            return cls(allow_all=True)
        networks = [part.strip() for part in text.replace(" ", ",").split(",") if part.strip()]
        try:
            return cls(allowed=tuple(ipaddress.ip_network(n, strict=False) for n in networks))
        except ValueError as error:
            raise ValueError(f"{ENV_ALLOW}: {error}") from None

    def refusal(self, address: str) -> str | None:
        """Why the bot must not connect to `address` (an IP literal), or None when it may."""
        try:
            ip = ipaddress.ip_address(address.split("%", 1)[0])
        except ValueError:
            return f"not an IP address ({address})"
        kind = kind_of_address(ip)
        if kind is None or self.allow_all or any(ip in network for network in self.allowed
                                                 if network.version == ip.version):
            return None
        return f"{kind} ({ip})"

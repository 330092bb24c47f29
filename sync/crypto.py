"""Signing, encryption and key derivation for sync packages and pairing files.

Raw bytes in, raw bytes out; the ``cryptography`` package does the work.

- Ed25519 signatures (``sign`` / ``verify``).
- Sealing to a receiver's X25519 box key (``seal`` / ``unseal``): a fresh
  ephemeral X25519 key per package, the shared secret through HKDF-SHA256
  (salt = ephemeral public key + receiver public key) into a ChaCha20-Poly1305
  key; associated data binds the ciphertext to the plaintext manifest.
- A key from a pass code (``pass_code_key``): scrypt.
- Secret-key encryption for the pairing file (``encrypt`` / ``decrypt``).
- HMAC-SHA256 (``hmac_sha256`` / ``hmac_ok``).
"""
from __future__ import annotations

import hashlib
import hmac
import os

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

SEAL_SCHEME = "X25519-HKDF-SHA256-ChaCha20Poly1305"
SIGN_SCHEME = "Ed25519"
KDF_SCHEME = "scrypt"
# scrypt cost for a pass code: 64 MiB and about a fifth of a second per try on a desk PC.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2 ** 16, 8, 1
_HKDF_INFO = b"village-desk sync package v1"
KEY_SIZE = 32
NONCE_SIZE = 12
SIGNATURE_SIZE = 64


class CryptoError(Exception):
    """A signature, tag or key did not check out (the caller words the refusal)."""


_RAW = dict(encoding=serialization.Encoding.Raw, format=serialization.PublicFormat.Raw)
_RAW_PRIVATE = dict(encoding=serialization.Encoding.Raw, format=serialization.PrivateFormat.Raw,
                    encryption_algorithm=serialization.NoEncryption())


def new_sign_keys() -> tuple[bytes, bytes]:
    """A fresh Ed25519 key pair: (private, public), 32 bytes each."""
    key = Ed25519PrivateKey.generate()
    return key.private_bytes(**_RAW_PRIVATE), key.public_key().public_bytes(**_RAW)


def new_box_keys() -> tuple[bytes, bytes]:
    """A fresh X25519 key pair: (private, public), 32 bytes each."""
    key = X25519PrivateKey.generate()
    return key.private_bytes(**_RAW_PRIVATE), key.public_key().public_bytes(**_RAW)


def sign_public_of(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(**_RAW)


def box_public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(**_RAW)


def sign(private: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(data)


def verify(public: bytes, data: bytes, signature: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def _seal_key(shared: bytes, ephemeral_public: bytes, receiver_public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=ephemeral_public + receiver_public,
                info=_HKDF_INFO).derive(shared)


def new_ephemeral() -> tuple[bytes, bytes]:
    """An ephemeral X25519 key pair for one package: (private, public)."""
    return new_box_keys()


def seal(receiver_public: bytes, plaintext: bytes, aad: bytes, ephemeral_private: bytes,
         nonce: bytes) -> bytes:
    """Encrypt ``plaintext`` so that only the holder of the receiver's box key
    can read it. The ephemeral key and nonce are made by the caller (they go
    into the manifest, which is the associated data ``aad``)."""
    eph = X25519PrivateKey.from_private_bytes(ephemeral_private)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(receiver_public))
    key = _seal_key(shared, eph.public_key().public_bytes(**_RAW), receiver_public)
    return ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def unseal(receiver_private: bytes, ephemeral_public: bytes, nonce: bytes, ciphertext: bytes,
           aad: bytes) -> bytes:
    try:
        me = X25519PrivateKey.from_private_bytes(receiver_private)
        shared = me.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _seal_key(shared, ephemeral_public, me.public_key().public_bytes(**_RAW))
        return ChaCha20Poly1305(key).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError) as e:
        raise CryptoError("cannot decrypt") from e


def pass_code_key(pass_code: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R,
                  p: int = SCRYPT_P) -> bytes:
    """A 32-byte key from a pass code (scrypt)."""
    return Scrypt(salt=salt, length=KEY_SIZE, n=n, r=r, p=p).derive(pass_code.encode("utf-8"))


def encrypt(key: bytes, plaintext: bytes, aad: bytes = b"") -> bytes:
    """ChaCha20-Poly1305 with a random nonce, returned in front: nonce + ciphertext."""
    nonce = os.urandom(NONCE_SIZE)
    return nonce + ChaCha20Poly1305(key).encrypt(nonce, plaintext, aad)


def decrypt(key: bytes, sealed: bytes, aad: bytes = b"") -> bytes:
    try:
        return ChaCha20Poly1305(key).decrypt(sealed[:NONCE_SIZE], sealed[NONCE_SIZE:], aad)
    except (InvalidTag, ValueError) as e:
        raise CryptoError("cannot decrypt") from e


def hmac_sha256(key: bytes, data: bytes) -> bytes:
    return hmac.new(key, data, hashlib.sha256).digest()


def hmac_ok(key: bytes, data: bytes, tag: bytes) -> bool:
    return hmac.compare_digest(hmac_sha256(key, data), tag)


def sha256(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()

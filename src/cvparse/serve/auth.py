"""Bearer-token authentication: every /v1 endpoint needs ``Authorization: Bearer <token>``."""
from __future__ import annotations

import hmac
from typing import Awaitable, Callable

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .errors import ApiError

_bearer = HTTPBearer(auto_error=False, description="the token given to cvparse serve (--token-file or CVPARSE_TOKEN)")
CHALLENGE = {"WWW-Authenticate": "Bearer"}


def token_check(token: str | None) -> Callable[..., Awaitable[None]]:
    """The dependency that refuses a request without the token (none when ``token`` is None: --no-auth)."""
    expected = token.encode() if token else None

    async def check(credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
        if expected is None:
            return
        if credentials is None:
            raise ApiError(401, "unauthorized", "a bearer token is required", CHALLENGE)
        # Constant time: how long the comparison takes says nothing about how much of the guess was right.
        if not hmac.compare_digest(credentials.credentials.encode(), expected):
            raise ApiError(401, "unauthorized", "the bearer token is not the right one", CHALLENGE)

    return check

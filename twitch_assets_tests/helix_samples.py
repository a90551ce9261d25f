"""Helix-shaped records for tests that need replies without a server."""

from __future__ import annotations


def stream(stream_id: str, user_id: str, *, login: str | None = None, game_id: str = "509658",
           game_name: str = "Just Chatting", viewers: int = 10, language: str = "en",
           title: str = "hello", tags=("English",)) -> dict:
    login = login or f"user{user_id}"
    return {
        "id": stream_id, "user_id": user_id, "user_login": login, "user_name": login.title(),
        "game_id": game_id, "game_name": game_name, "type": "live", "title": title, "tags": list(tags),
        "viewer_count": viewers, "started_at": "2026-11-26T11:05:00Z", "language": language,
        "thumbnail_url": f"https://static-cdn.jtvnw.net/previews-ttv/live_user_{login}-{{width}}x{{height}}.jpg",
        "tag_ids": [], "is_mature": False,
    }


def user(user_id: str, *, broadcaster_type: str = "affiliate", created_at: str = "2019-05-01T00:00:00Z") -> dict:
    return {"id": user_id, "login": f"user{user_id}", "display_name": f"User{user_id}", "type": "",
            "broadcaster_type": broadcaster_type, "description": "", "profile_image_url": "",
            "offline_image_url": "", "view_count": 0, "created_at": created_at}


def channel(user_id: str, *, labels=(), branded: bool = False, delay: int = 0) -> dict:
    return {"broadcaster_id": user_id, "broadcaster_login": f"user{user_id}", "broadcaster_name": f"User{user_id}",
            "broadcaster_language": "en", "game_id": "509658", "game_name": "Just Chatting", "title": "hello",
            "delay": delay, "tags": [], "content_classification_labels": list(labels), "is_branded_content": branded}

"""The sandbox adapters of the venues: signature check, error envelope and order mapping of each.

Nothing here lists them: a venue's OpenAPI spec names its adapter (`info.x-sdk.sandbox`, `module:Class`) and
the sandbox imports it from there (`venuekit.sandbox.find_adapter`).
"""

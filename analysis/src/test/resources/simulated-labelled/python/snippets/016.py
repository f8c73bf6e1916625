def get_plugin_configuration(
    plugin_identifier: str, provider_type: str | None = None
) -> dict[str, Any]:
    """Get plugin-specific configuration from the plugins section.

    Args:
        plugin_identifier: Plugin identifier - can be a type (e.g., "rag") or a namespaced name (e.g., "org.plugin")
        provider_type: Optional provider type for typed plugins (e.g., "sqlite", "faiss")

    Returns:
        Plugin configuration dictionary, empty if not found
    """
    config = get_config()
    if not hasattr(config, "plugins") or config.plugins is None:
        return {}

    plugins_dict = getattr(config, "plugins", None)
    if not plugins_dict:
        return {}

    # Convert to dict if it's a Pydantic model
    plugins_dict_data: dict[str, Any] = {}
    if hasattr(plugins_dict, "dict") and not isinstance(plugins_dict, dict):
        plugins_dict_data = plugins_dict.dict()
    else:
        plugins_dict_data = plugins_dict

    # First handle the case of a namespaced plugin (e.g., "org.plugin")
    if "." in plugin_identifier and plugin_identifier in plugins_dict_data:
        plugin_config = plugins_dict_data[plugin_identifier]
        # Apply environment overrides
        plugin_config = apply_environment_overrides(
            plugin_identifier, None, plugin_config
        )
        # Process template references
        plugin_config = process_template_references(plugin_config)
        return resolve_config_references(plugin_config)

    # Handle core domain plugin case
    if plugin_identifier in plugins_dict_data:
        plugin_config = plugins_dict_data[plugin_identifier]

        # If provider_type is specified and exists, return that config
        if (
            provider_type
            and isinstance(plugin_config, dict)
            and provider_type in plugin_config
        ):
            provider_config = plugin_config[provider_type]
            # Apply environment overrides
            provider_config = apply_environment_overrides(
                plugin_identifier, provider_type, provider_config
            )
            # Process template references
            provider_config = process_template_references(provider_config)
            return resolve_config_references(provider_config)

        # If no provider_type or not found, return plugin-level config
        if not provider_type:
            # Apply environment overrides
            plugin_config = apply_environment_overrides(
                plugin_identifier, None, plugin_config
            )
            # Process template references
            plugin_config = process_template_references(plugin_config)
            return resolve_config_references(plugin_config)

    # Return empty dict if nothing found
    return {}

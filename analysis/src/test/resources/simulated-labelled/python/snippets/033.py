def main():
    parser = argparse.ArgumentParser(description="PSI Agent Daemon")
    parser.add_argument("--config", type=str, default="configs/config.yaml", help="Path to the configuration file.")
    parser.add_argument("--once", action="store_true", help="Run the main loop once and exit.")
    args = parser.parse_args()

    setup_logging()

    # Construct absolute path for config file
    config_path = project_root / args.config
    config = load_config(config_path)
    if config is None:
        sys.exit(1)

    if not create_lock():
        sys.exit(1)

    try:
        if args.once:
            update_heartbeat()
            main_loop(config)
            return

        # Continuous loop
        while True:
            update_heartbeat()
            main_loop(config)
            interval = config.get('interval_seconds', 3600)
            logging.info(f"Sleeping for {interval} seconds...")
            time.sleep(interval)

    except KeyboardInterrupt:
        logging.info("Daemon stopped by user.")
    finally:
        release_lock()
        logging.info("Daemon shut down gracefully.")

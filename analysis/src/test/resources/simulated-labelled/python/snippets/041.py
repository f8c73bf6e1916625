class KubernetesCronScheduler:
    def _parse_crontab_line(self, line: str) -> Tuple[Optional[str], Optional[str], Optional[str]]:
        """Parse a crontab line into schedule, command, and log file."""
        try:
            # Split the line into parts
            parts = line.split()
            
            # First 5 parts are the schedule
            if len(parts) < 6:
                logger.warning(f"Invalid crontab line: {line}")
                return None, None, None
                
            schedule = ' '.join(parts[:5])
            
            # Find the log redirection if it exists
            log_file = None
            command_parts = []
            
            for i, part in enumerate(parts[5:], 5):
                if part == '>>':
                    # Found log redirection
                    if i + 1 < len(parts):
                        log_file = parts[i + 1]
                        break
                elif part == '2>&1':
                    # Found stderr redirection
                    continue
                else:
                    command_parts.append(part)
            
            command = ' '.join(command_parts)
            
            return schedule, command, log_file
            
        except Exception as e:
            logger.error(f"Failed to parse crontab line: {line}, error: {str(e)}")
            return None, None, None

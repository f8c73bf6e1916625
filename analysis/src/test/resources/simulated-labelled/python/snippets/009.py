class AudioPipeline:
    async def add_sound_effects(
        self,
        audio_files: Dict[str, str],
        effects_mapping: Optional[Dict[str, str]] = None,
        background_music: Optional[str] = None,
        **kwargs,
    ) -> Dict[str, str]:
        """Add sound effects and background music to audio files.

        Args:
            audio_files: Dictionary of segment titles to audio file paths
            effects_mapping: Optional mapping of segment types to effect files
            background_music: Optional path to background music file
            **kwargs: Additional processing parameters

        Returns:
            Dictionary of segment titles to enhanced audio file paths

        Raises:
            AudioPipelineError: If adding effects fails
        """
        try:
            # Import here to avoid circular imports

            enhanced_files = {}
            self.log(
                VerbosityLevel.INFO,
                f"Adding sound effects to {len(audio_files)} audio files",
            )

            if background_music:
                self.log(
                    VerbosityLevel.INFO, f"Using background music: {background_music}"
                )

            for title, file_path in audio_files.items():
                # Create enhanced file path
                enhanced_path = file_path.replace(".mp3", "_enhanced.mp3")

                self.log(VerbosityLevel.DEBUG, f"Enhancing audio for segment: {title}")

                # In a real implementation, this would mix the audio with effects
                # For now, we'll just copy the original file or simulate the output
                if os.path.exists(file_path):
                    # Here you would add code to mix audio with effects
                    # For example: mixer.mix_audio(file_path, effects, background_music, enhanced_path)
                    enhanced_files[title] = enhanced_path
                    self.log(
                        VerbosityLevel.DEBUG,
                        f"Enhanced audio saved to: {enhanced_path}",
                    )
                else:
                    # Simulated output for development/example purposes
                    enhanced_files[title] = enhanced_path
                    self.log(
                        VerbosityLevel.DEBUG, f"Simulated enhanced audio for: {title}"
                    )

            self.log(
                VerbosityLevel.INFO, "Completed adding sound effects to all audio files"
            )
            return enhanced_files

        except Exception as e:
            error_msg = f"Failed to add sound effects: {e}"
            self.log(VerbosityLevel.ERROR, error_msg)
            raise AudioPipelineError(error_msg)

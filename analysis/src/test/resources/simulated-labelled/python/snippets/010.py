class AudioPipeline:
    async def generate_audio(
        self, project: AudioProject, provider: Optional[str] = None, **kwargs
    ) -> Dict[str, str]:
        """Generate audio for project.

        Args:
            project: Project to generate audio for
            provider: Provider to use (optional)
            **kwargs: Additional provider options

        Returns:
            Dictionary mapping segment titles to audio file paths
        """
        try:
            # Import here to avoid circular imports
            from pepperpy.tts import convert_text, save_audio

            audio_files = {}
            self.log(
                VerbosityLevel.INFO,
                f"Generating audio for {len(project.segments)} segments",
            )

            for i, segment in enumerate(project.segments):
                # Skip empty segments
                if not segment.content.strip():
                    self.log(
                        VerbosityLevel.DEBUG, f"Skipping empty segment: {segment.title}"
                    )
                    continue

                # Determine voice ID from speaker mapping
                voice_id = self.voice_mapping.get(
                    segment.speaker, self.voice_mapping["default"]
                )

                self.log(
                    VerbosityLevel.DEBUG,
                    f"Processing segment {i + 1}/{len(project.segments)}: '{segment.title}' with voice {voice_id}",
                )

                # Generate audio
                audio = await convert_text(
                    text=segment.content, voice_id=voice_id, provider=provider, **kwargs
                )

                # Create file name and path
                file_name = f"{i + 1}_{segment.title.lower().replace(' ', '_')}.mp3"
                file_path = str(Path(self.output_dir) / file_name)

                # Save audio
                self.log(VerbosityLevel.DEBUG, f"Saving audio to {file_path}")
                save_audio(audio, file_path)

                # Update segment with audio path
                segment.audio_path = file_path
                audio_files[segment.title] = file_path

                self.log(
                    VerbosityLevel.INFO, f"Generated audio for segment: {segment.title}"
                )

            self.log(VerbosityLevel.INFO, "Completed audio generation for all segments")
            return audio_files

        except Exception as e:
            error_msg = f"Failed to generate audio: {e}"
            self.log(VerbosityLevel.ERROR, error_msg)
            raise AudioPipelineError(error_msg)

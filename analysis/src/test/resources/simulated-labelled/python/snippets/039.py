class PasswordReset:
    @classmethod
    def create_fresh(cls, user, email, validity_minutes=15):
        """Create a fresh password reset code."""
        # Invalidate any existing codes
        cls.objects.filter(user=user, email=email, is_used=False).update(is_used=True)

        # Generate new code
        code = "".join(random.choices(string.digits, k=6))
        expires_at = timezone.now() + timezone.timedelta(minutes=validity_minutes)

        return cls.objects.create(
            user=user, email=email, verification_code=code, expires_at=expires_at
        )
